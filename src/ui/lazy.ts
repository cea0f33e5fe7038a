// React.lazy with a preload handle: the shell fetches chunks it will need once the first view is up.

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface PreloadableComponent<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts fetching the chunk (once); rendering Component later finds it loaded. */
  preload: () => Promise<unknown>;
}

export function lazyWithPreload<P>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= load().catch((error: unknown) => {
      pending = null; // a failed fetch (offline for a moment) is tried again on the next render
      throw error;
    });
    return pending;
  };
  return { Component: lazy(() => preload().then((component) => ({ default: component }))), preload };
}
