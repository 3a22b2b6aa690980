/**
 * Names the JSON document a handler sends itself (through `@Res()`, e.g. a cached, pre-serialised answer), so the
 * OpenAPI document types its response. It does nothing at run time: `tools/openapi/generate-response-schemas.mjs`
 * reads the type argument from the source, as it reads the declared return type of every other handler.
 */
export const JsonAnswer =
  <T>(): MethodDecorator =>
  () => {
    // The type argument is the whole message; see above.
    void (undefined as T | undefined);
  };
