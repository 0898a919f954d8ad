// The type of a translator for one namespace, for pure functions in lib/ that write sentences
// (chart notes, briefing lines): the component passes its `t` (useTranslations("dashboard") in
// the browser, getTranslations("dashboard") on the server) and the function calls t("key", {…}).
// Keys stay typed: a key that is not in the English catalogue is a type error.
import type { useTranslations } from "next-intl";
import type { Messages } from "./messages";

export type Namespace = keyof Messages;
export type Translator<NS extends Namespace> = ReturnType<typeof useTranslations<NS>>;
