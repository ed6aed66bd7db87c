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

/** A small but real PDF (file-type recognises it by its header). */
export const samplePdf = () =>
  new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
