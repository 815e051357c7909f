import {
  OPERATOR_ROLES,
  type OperatorRole,
} from '@aigov/plugin-ai-governance-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(3) },
  section: { marginTop: theme.spacing(2) },
}));

/** One titled list of obligations, named by its heading. */
export function ObligationList(props: {
  id: string;
  heading: string;
  lines: readonly string[];
}) {
  const classes = useStyles();
  if (props.lines.length === 0) return null;
  return (
    <div className={classes.section}>
      <Typography variant="subtitle2" component="h5" id={props.id}>
        {props.heading}
      </Typography>
      <ul className={classes.list} aria-labelledby={props.id}>
        {props.lines.map(o => (
          <li key={o}>
            <Typography variant="body2">{o}</Typography>
          </li>
        ))}
      </ul>
    </div>
  );
}

const roleLabel = (role: OperatorRole) =>
  OPERATOR_ROLES.find(o => o.value === role)?.label ?? role;

/** The roles with obligations, in `OPERATOR_ROLES` order. */
function rolesWithLists(
  byRole: Partial<Record<OperatorRole, string[]>>,
): OperatorRole[] {
  return OPERATOR_ROLES.map(o => o.value).filter(r => byRole[r] !== undefined);
}

/**
 * The obligations grouped by role. The classifier repeats duties every role
 * has (AI literacy) in each list; with several roles they are shown once,
 * first, so each role's list holds what is its own.
 */
export function ObligationsByRole(props: {
  id: string;
  byRole: Partial<Record<OperatorRole, string[]>>;
  gpaiObligations?: readonly string[];
}) {
  const gpai = props.gpaiObligations ?? [];
  const roles = rolesWithLists(props.byRole);
  // The model's duties get their own list even where a role's repeats them.
  const lists = roles.map(r =>
    (props.byRole[r] ?? []).filter(line => !gpai.includes(line)),
  );
  const shared =
    roles.length > 1
      ? lists[0].filter(line => lists.every(l => l.includes(line)))
      : [];
  return (
    <>
      <ObligationList
        id={`${props.id}-shared`}
        heading="Obligations of every role"
        lines={shared}
      />
      {roles.map((role, i) => (
        <ObligationList
          key={role}
          id={`${props.id}-${role}`}
          heading={`Obligations as ${roleLabel(role).toLowerCase()}`}
          lines={lists[i].filter(line => !shared.includes(line))}
        />
      ))}
      <ObligationList
        id={`${props.id}-gpai`}
        heading="Obligations as provider of a general-purpose AI model"
        lines={gpai}
      />
    </>
  );
}

/** Whether a result has per-role obligations to group by. */
export function hasObligationsByRole(
  byRole: Partial<Record<OperatorRole, string[]>> | undefined,
): byRole is Partial<Record<OperatorRole, string[]>> {
  return byRole !== undefined && rolesWithLists(byRole).length > 0;
}
