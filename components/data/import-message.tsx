/** A failure to read aloud (role="alert"); nothing when there is none. */
export function ImportMessage({ message, className = "" }: { message: string; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={`${className} text-sm text-red-700`.trim()}>
      {message}
    </p>
  );
}
