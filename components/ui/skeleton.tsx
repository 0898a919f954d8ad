/** A grey block of the final layout's size, for loading states. */
export function Skeleton({ height, className = "" }: { height: number; className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded-lg border border-line bg-panel ${className}`} style={{ height }} />;
}
