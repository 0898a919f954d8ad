"use client";

import { createContext, useContext } from "react";

const InsideMain = createContext(false);

/** The page's one `<main>`; what renders inside it knows not to open another. */
export function MainLandmark(props: React.HTMLAttributes<HTMLElement>) {
  return (
    <InsideMain.Provider value={true}>
      <main {...props} />
    </InsideMain.Provider>
  );
}

/**
 * `<main>` when nothing around it is one (the 404 page at the root), else a plain `<div>` (the
 * same page inside the dashboard layout, whose `<main>` already holds it): exactly one `<main>`.
 */
export function MainUnlessInside({ className, children }: { className?: string; children: React.ReactNode }) {
  const inside = useContext(InsideMain);
  return inside ? <div className={className}>{children}</div> : <main className={className}>{children}</main>;
}
