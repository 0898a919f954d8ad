// Typed message keys and locales for next-intl: a key that is not in the English catalogue is a
// type error at the call site.
import type { Messages } from "./messages";
import type { Locale } from "./routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
