import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref holding the value of the latest render, for what outlives a render: a window listener
 * (Ctrl+S), an answer that comes back later, a stable object handed to memoized children. It
 * is written after the render is committed, never during it.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
