import localFont from "next/font/local";
// Shipped from npm, nothing downloaded at build or run time. Latin text is Inter; Japanese is Noto
// Sans JP, whose @font-face rules (imported by the layouts) are split by unicode-range, so a page
// loads only the subsets of the characters it shows.
import "@fontsource/noto-sans-jp/400.css";
import "@fontsource/noto-sans-jp/600.css";

export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-inter",
  display: "swap",
});
