import type {
  Evidence,
  EvidenceSummary,
} from '@aigov/plugin-ai-governance-common';
import { fetchApiRef, useApi } from '@backstage/core-plugin-api';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { aiGovernanceApiRef } from '../../api';
import { FlagChip } from './ControlStatusChip';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, padding: 0, listStyle: 'none' },
  item: { marginBottom: theme.spacing(0.5) },
}));

/**
 * The evidence linked to a control. The control list only carries id, title
 * and expiry, so links and files are looked up in the entity's evidence;
 * when that could not be read the titles are shown as plain text.
 */
export function EvidenceLinks(props: {
  items: EvidenceSummary[];
  details?: Map<string, Evidence>;
}) {
  const classes = useStyles();
  if (props.items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        None
      </Typography>
    );
  }
  return (
    <ul className={classes.list}>
      {props.items.map(item => (
        <li key={item.id} className={classes.item}>
          <EvidenceTitle item={item} evidence={props.details?.get(item.id)} />
          {item.expired && <FlagChip label="expired" />}
        </li>
      ))}
    </ul>
  );
}

function EvidenceTitle(props: { item: EvidenceSummary; evidence?: Evidence }) {
  const { item, evidence } = props;
  if (evidence?.url) {
    return (
      <Link href={evidence.url} target="_blank" rel="noopener noreferrer">
        {item.title}
      </Link>
    );
  }
  if (evidence?.file?.uploaded) {
    return (
      <FileDownload
        id={item.id}
        title={item.title}
        fileName={evidence.file.name}
      />
    );
  }
  return (
    <Typography variant="body2" component="span">
      {item.title}
      {evidence?.file && ' (file not uploaded yet)'}
    </Typography>
  );
}

/**
 * A file needs the Backstage token, which a plain link would not send, so it
 * is fetched with the fetchApi and handed to the browser as a blob.
 */
function FileDownload(props: { id: string; title: string; fileName: string }) {
  const api = useApi(aiGovernanceApiRef);
  const fetchApi = useApi(fetchApiRef);
  const [state, download] = useAsyncFn(async () => {
    const res = await fetchApi.fetch(await api.evidenceContentUrl(props.id));
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    const href = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = href;
    a.download = props.fileName;
    a.click();
    URL.revokeObjectURL(href);
  }, [api, fetchApi, props.id, props.fileName]);
  return (
    <>
      <Link
        component="button"
        variant="body2"
        onClick={download}
        disabled={state.loading}
        aria-label={`Download ${props.title} (${props.fileName})`}
      >
        {props.title}
      </Link>
      {state.error && (
        <Typography
          variant="caption"
          color="error"
          display="block"
          role="alert"
        >
          Download failed: {state.error.message}
        </Typography>
      )}
    </>
  );
}
