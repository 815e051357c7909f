/**
 * Saves a fetched file. The export endpoints need the user's credentials,
 * which only the fetchApi adds, so a plain `<a href>` would get a 401: the
 * file is fetched first and handed to the browser as an object URL.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers read the URL after click() returns; revoke it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The file name a Content-Disposition header suggests, if any. */
export function fileNameFrom(
  contentDisposition: string | null,
): string | undefined {
  if (!contentDisposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // malformed: fall back to the plain parameter
    }
  }
  return /filename="?([^";]+)"?/i.exec(contentDisposition)?.[1];
}
