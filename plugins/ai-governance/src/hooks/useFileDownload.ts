import { useCallback } from 'react';
import { fetchApiRef, useApi } from '@backstage/core-plugin-api';
import { fileNameFrom, saveBlob } from '../components/shared/download';

/**
 * Downloads a file of the API and saves it. The endpoints need the user's
 * credentials, which only the fetchApi adds, so a plain `<a href>` would get
 * a 401. The name the server suggests wins over `fileName`.
 */
export function useFileDownload(): (
  url: string,
  fileName: string,
) => Promise<void> {
  const fetchApi = useApi(fetchApiRef);
  return useCallback(
    async (url: string, fileName: string) => {
      const res = await fetchApi.fetch(url);
      if (!res.ok) {
        throw new Error(
          `The server answered ${res.status} ${res.statusText}`.trim(),
        );
      }
      const suggested = fileNameFrom(
        res.headers?.get('Content-Disposition') ?? null,
      );
      saveBlob(await res.blob(), suggested ?? fileName);
    },
    [fetchApi],
  );
}
