import {
  createContext,
  useContext,
  useEffect,
  useRef,
  type ReactNode,
} from 'react';
import TableRow, { type TableRowProps } from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';

const HighlightedRecord = createContext<string | undefined>(undefined);

const useStyles = makeStyles(theme => ({
  highlighted: {
    outline: `2px solid ${theme.palette.primary.main}`,
    outlineOffset: -2,
  },
}));

/** Names the record a Governance tab link pointed at, for the rows below it. */
export function HighlightedRecordProvider(props: {
  record?: string;
  children: ReactNode;
}) {
  return (
    <HighlightedRecord.Provider value={props.record}>
      {props.children}
    </HighlightedRecord.Provider>
  );
}

/** The id of the record a Governance tab link pointed at, if any. */
export function useHighlightedRecord(): string | undefined {
  return useContext(HighlightedRecord);
}

/**
 * For a row of record `id`: whether a link pointed at it, the class that
 * outlines it, and a ref that scrolls it into view once it is shown, so the
 * reader lands on it.
 */
export function useHighlightedRow<T extends HTMLElement>(id: string) {
  const highlighted = useContext(HighlightedRecord) === id;
  const classes = useStyles();
  const ref = useRef<T>(null);
  useEffect(() => {
    // jsdom has no layout, hence no scrollIntoView.
    if (highlighted) ref.current?.scrollIntoView?.({ block: 'center' });
  }, [highlighted]);
  return {
    highlighted,
    ref,
    className: highlighted ? classes.highlighted : undefined,
  };
}

/** A table row that a Governance tab link can point at, by record id. */
export function HighlightableRow(
  props: { recordId: string } & Omit<TableRowProps, 'ref'>,
) {
  const { recordId, className, ...rest } = props;
  const highlight = useHighlightedRow<HTMLTableRowElement>(recordId);
  return (
    <TableRow
      {...rest}
      ref={highlight.ref}
      className={[className, highlight.className].filter(Boolean).join(' ')}
      aria-current={highlight.highlighted || undefined}
    />
  );
}
