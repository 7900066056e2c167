// Starts Swagger UI (from the swagger-ui-bundle package) on /openapi.json; no inline script.
window.addEventListener("load", function () {
  "use strict";
  window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});
});
