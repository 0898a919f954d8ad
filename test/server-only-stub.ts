// Vitest stand-in for `server-only`: the real package throws outside a React Server Components build.
export {};
