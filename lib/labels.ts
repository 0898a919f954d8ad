// Labels: the words shown for enum values (categories, project types and statuses, capacity kinds
// and stages, source kinds, import kinds, outcomes, promote modes, bases, material groups). The
// words themselves live in the catalogues (lib/i18n/messages/<lang>/enums.json); this file reads
// them. A component passes its language's `enums` messages (useMessages().enums, or
// getMessages() on the server); lib/labels.test.ts fails when an enum value has no label in a language.
import type { Messages } from "./i18n/messages";
import en from "./i18n/messages/en/enums.json";

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

// ---------------------------------------------------------------------------------------------
// English only, for the call sites not yet given a language (being moved to the functions above).
/** @deprecated English only: use categoryLabel(labels, …). */
export const categoryLabels = en.category;
/** @deprecated English only. */
export const legacyCategoryLabel = (category: string): string => labelIn(en.category, category);
/** @deprecated English only: use projectTypeLabel / projectStatusLabel. */
export function projectLabel(value: string | null): string {
  if (value === null) return "unknown";
  return (en.projectType as Record<string, string>)[value] ?? (en.projectStatus as Record<string, string>)[value] ?? value.charAt(0).toUpperCase() + value.slice(1);
}
/** @deprecated English only. */
export const capacityKindLabels = en.capacityKind;
/** @deprecated English only. */
export const capacityStageLabels = en.capacityStage;
/** @deprecated English only. */
export const capacityLeftOutLabels = en.capacityLeftOut;
/** @deprecated English only. */
export const sourceKindLabels = en.sourceKind;
/** @deprecated English only. */
export const importKindLabels = en.importKind;
/** @deprecated English only. */
export const importOutcomeLabels = en.importOutcome;
/** @deprecated English only. */
export const promoteModeLabels = en.promoteMode;
/** @deprecated English only. */
export const basisLabels = en.basis;
/** @deprecated English only. */
export const materialGroupLabels = en.materialGroup;
/** @deprecated English only. */
export const noShareReasonLabels = en.noShareReason;
/** @deprecated English only. */
export const materialOptionGroupLabels = en.materialOptionGroup;
