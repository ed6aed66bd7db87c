// Placeholder so the route table resolves while the handler is written.
export const handler = async () => ({ statusCode: 503, body: JSON.stringify({ code: 'UNAVAILABLE' }) });
