// Labels: the words shown for enum values (categories, project types and statuses, capacity kinds
// and stages, source kinds, import kinds, outcomes, promote modes, bases, material groups). The
// words themselves live in the catalogues (lib/i18n/messages/<lang>/enums.json); this file reads
// them. A component passes its language's `enums` messages (useMessages().enums, or
// getMessages() on the server); lib/labels.test.ts fails when an enum value has no label in a language.
import type { Messages } from "./i18n/messages";

export type EnumLabels = Messages["enums"];

/**
 * A value's label from one of the maps (`enumLabel(enums.capacityKind, kind)`); a value the map
 * does not name (a stored string from an import) is shown as it is.
 */
export const enumLabel = (labels: Readonly<Record<string, string>>, value: string): string => labels[value] ?? value;
const labelIn = enumLabel;

export const categoryLabel = (l: EnumLabels, category: string): string => labelIn(l.category, category);
export const projectTypeLabel = (l: EnumLabels, type: string): string => labelIn(l.projectType, type);
/** A project's status; "unknown" when none is stated. */
export const projectStatusLabel = (l: EnumLabels, status: string | null): string => (status === null ? l.projectStatus.unknown : labelIn(l.projectStatus, status));
export const sourceKindLabel = (l: EnumLabels, kind: string): string => labelIn(l.sourceKind, kind);
