export { minimalPdf } from './files.ts';

/**
 * Uploads a file the way the browser does: ask the API for a presigned POST, then POST the
 * form straight to storage. Returns the attachment record the API created.
 */
type Api = (
  method: string,
  path: string,
  options?: { body?: unknown; token?: string; headers?: Record<string, string> },
) => Promise<{ status: number; body: any; headers: Headers | Record<string, string> }>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function uploadAttachment(
  api: Api,
  token: string,
  applicationId: string,
  file: { fileName: string; contentType: string; bytes: Uint8Array; kind?: 'letterOfIntent' | 'other' },
) {
  const created = await api('POST', `/applications/${applicationId}/attachments`, {
    token,
    body: {
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.bytes.length,
      kind: file.kind ?? 'letterOfIntent',
    },
  });
  if (created.status !== 201)
    throw new Error(`upload request refused: ${created.status} ${JSON.stringify(created.body)}`);
  const form = new FormData();
  for (const [name, value] of Object.entries(created.body.upload.fields as Record<string, string>))
    form.append(name, value);
  form.append('file', new Blob([file.bytes], { type: file.contentType }), file.fileName);
  const response = await fetch(created.body.upload.url, { method: 'POST', body: form });
  if (!response.ok && response.status !== 204)
    throw new Error(`storage refused the upload: ${response.status}`);
  return created.body.attachment as { attachmentId: string };
}
