// The root layout passes through: <html> is written by app/[locale]/layout.tsx, which knows the
// language. Only app/not-found.tsx (a path outside any locale, such as an unknown /api/… path)
// renders its own document.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
