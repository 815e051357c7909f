// react-helmet ships no types, and the app uses only these props of it; it
// is the copy core-components' headers use, so their titles and ours merge.
declare module 'react-helmet' {
  import type { ComponentType, ReactNode } from 'react';

  /** Sets the document title; the innermost, latest instance wins. */
  export const Helmet: ComponentType<{
    title?: string;
    titleTemplate?: string;
    defaultTitle?: string;
    /** Called after each change Helmet makes to the document head. */
    onChangeClientState?: (newState: unknown) => void;
    children?: ReactNode;
  }>;
}
