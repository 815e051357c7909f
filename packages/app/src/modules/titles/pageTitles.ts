import {
  type AppTree,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';

/** A page or sub-page of the app: where it is mounted and what it is called. */
export interface PageTitle {
  path: string;
  title: string;
}

const join = (...parts: string[]) =>
  `/${parts.join('/')}`.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');

/**
 * The title of every page and sub-page the app mounts, as its header and the
 * sidebar show it: the page's title, else its plugin's.
 */
export function pageTitles(tree: AppTree): PageTitle[] {
  const titles: PageTitle[] = [];
  for (const node of tree.nodes.values()) {
    const parent = node.edges.attachedTo;
    const path = node.instance?.getData(coreExtensionData.routePath);
    const title =
      node.instance?.getData(coreExtensionData.title) ??
      node.spec.plugin?.title;
    if (!parent || path === undefined || !title) continue;
    if (parent.node.spec.id === 'app/routes') {
      titles.push({ path: join(path), title });
    } else if (parent.input === 'pages') {
      const base = parent.node.instance?.getData(coreExtensionData.routePath);
      if (base !== undefined) titles.push({ path: join(base, path), title });
    }
  }
  return titles;
}

/** The page whose path is the longest one `pathname` starts with. */
export function titleAt(
  titles: PageTitle[],
  pathname: string,
): string | undefined {
  const current = join(pathname);
  const matches = titles.filter(
    t =>
      t.path === '/' || current === t.path || current.startsWith(`${t.path}/`),
  );
  matches.sort((a, b) => b.path.length - a.path.length);
  return matches[0]?.title;
}
