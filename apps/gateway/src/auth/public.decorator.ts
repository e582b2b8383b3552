import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'did:isPublic';

/** Marks a route that needs no API key (health, API docs). Everything else under /v1 requires one. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
