/** The browser's part of an upload: the presigned POST straight to S3, with progress. */
/** POSTs the file with the presigned form (its fields first, the file last), reporting progress 0–1. */
export function postToStorage(
  upload: { url: string; fields: Record<string, string> },
  file: File,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', upload.url);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () =>
      request.status >= 200 && request.status < 300
        ? resolve()
        : reject(new Error(`storage answered ${request.status}`));
    request.onerror = () => reject(new Error('network error'));
    request.send(form);
  });
}
