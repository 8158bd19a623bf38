// Starts the interactive API reference at /api/docs on the OpenAPI document the API generates.
/* global SwaggerUIBundle */
window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#api-reference', deepLinking: true });
