import type {
  Evidence,
  EvidenceSummary,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { aiGovernanceApiRef } from '../../api';
import { useFileDownload } from '../../hooks';
import { FlagChip, errorMessage } from '../shared';

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

/** A file of the evidence, downloaded with the user's credentials. */
function FileDownload(props: { id: string; title: string; fileName: string }) {
  const api = useApi(aiGovernanceApiRef);
  const saveFile = useFileDownload();
  const [state, download] = useAsyncFn(
    async () =>
      saveFile(await api.evidenceContentUrl(props.id), props.fileName),
    [api, saveFile, props.id, props.fileName],
  );
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
          Download failed: {errorMessage(state.error)}
        </Typography>
      )}
    </>
  );
}
