import { DomainError, ErrorCode, ErrorType } from '@did/contracts';

/**
 * The answer of a route that moved before v1 (CHANGELOG.md): a 404 route_not_found whose detail names the new route,
 * so a client written against the old one learns where to go instead of "no such number" or a bare 404.
 */
export function routeMoved(newRoute: string, why: string): never {
  throw new DomainError(ErrorType.NotFound, ErrorCode.RouteNotFound, `This route moved: send ${newRoute}. ${why}`);
}
