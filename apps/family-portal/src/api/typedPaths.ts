import type { paths } from './generated/family-api';

/**
 * Types of the family surface read from its OpenAPI document (src/api/generated, made by
 * scripts/generate-api-types.mjs), so a route, parameter, body or response that changes on the API
 * side fails the typecheck here.
 */
export type FamilyPath = keyof paths;
export type Method = 'get' | 'post';

type OperationOf<P extends FamilyPath, M extends Method> = NonNullable<paths[P][M]>;
type JsonContent<T> = T extends { content: { 'application/json': infer Body } } ? Body : undefined;
type SuccessStatus = 200 | 201 | 204;

/** The JSON body of the operation's success responses (undefined for 204 No Content). */
export type ResponseOf<P extends FamilyPath, M extends Method> =
  OperationOf<P, M> extends { responses: infer Responses } ? { [Status in keyof Responses & SuccessStatus]: JsonContent<Responses[Status]> }[keyof Responses & SuccessStatus] : never;

/** The operation's JSON request body. */
export type RequestBodyOf<P extends FamilyPath, M extends Method> = OperationOf<P, M> extends { requestBody: { content: { 'application/json': infer Body } } } ? Body : never;

/** The operation's path parameters ({threadId} in "/family/messages/{threadId}"). */
export type PathParamsOf<P extends FamilyPath, M extends Method> = OperationOf<P, M> extends { parameters: { path: infer Params } } ? Params : never;

/** Fills in a path's parameters, each encoded: ("/family/messages/{threadId}", { threadId }) → "/family/messages/…". */
export function pathWith(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
