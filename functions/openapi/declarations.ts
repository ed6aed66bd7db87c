/** The API's own description, public. A declaration of the registry (functions/registry.ts). */
import { http } from '../declare.ts';

export const GetOpenApi = /* @__PURE__ */ http({
  method: 'GET',
  path: '/openapi.json',
  auth: 'public',
  summary: 'This document: the API described by OpenAPI 3.1',
  responses: { 200: { description: 'The OpenAPI 3.1 document', body: 'openApiDocument' } },
  entry: 'functions/openapi/get-openapi.ts',
  access: [],
});
