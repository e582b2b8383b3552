import {
  BadRequestException,
  HttpException,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { renderError, RenderedResponse, RenderedResponseException } from './error-response';

function bodyOf(rendered: RenderedResponse): Record<string, unknown> {
  return JSON.parse(rendered.body) as Record<string, unknown>;
}

describe('renderError', () => {
  let loggedErrors: string[];

  beforeEach(() => {
    loggedErrors = [];
    // Capture (and silence) the error log line so its content can be checked.
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
      loggedErrors.push(String(message));
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  describe('a DomainError', () => {
    const conflict = new DomainError(
      ErrorType.Conflict,
      ErrorCode.ApiKeyAlreadyRevoked,
      'The API key is already revoked.',
    );

    it('renders with the status of its type', () => {
      expect(renderError(conflict, '/v1/api-keys/k1').status).toBe(409);
    });

    it('renders as application/problem+json', () => {
      expect(renderError(conflict, '/v1/api-keys/k1').headers['content-type']).toBe('application/problem+json');
    });

    it('renders its code, message and the instance in the body', () => {
      expect(bodyOf(renderError(conflict, '/v1/api-keys/k1'))).toMatchObject({
        status: 409,
        code: 'api_key_already_revoked',
        detail: 'The API key is already revoked.',
        instance: '/v1/api-keys/k1',
      });
    });

    it('renders its field violations', () => {
      const errors = [{ field: 'body.name', rule: 'min:1', message: 'too short' }];
      const rendered = renderError(
        new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, 'bad', errors),
        '/v1/accounts',
      );
      expect(bodyOf(rendered).errors).toEqual(errors);
    });

    it('does not log', () => {
      renderError(conflict, '/v1/api-keys/k1');
      expect(loggedErrors).toEqual([]);
    });

    it('adds a www-authenticate header to a 401', () => {
      const rendered = renderError(
        new DomainError(ErrorType.Unauthenticated, ErrorCode.ApiKeyMissing, 'Send an API key.'),
        '/v1/accounts',
      );
      expect(rendered.status).toBe(401);
      expect(rendered.headers['www-authenticate']).toMatch(/^Bearer /);
    });

    it('adds no www-authenticate header to a 403', () => {
      const rendered = renderError(
        new DomainError(ErrorType.Forbidden, ErrorCode.OperatorOnly, 'Operator only.'),
        '/v1/accounts',
      );
      expect(rendered.status).toBe(403);
      expect(rendered.headers).not.toHaveProperty('www-authenticate');
    });
  });

  describe('a Nest HTTP exception', () => {
    it('renders NotFoundException as 404 route_not_found', () => {
      const rendered = renderError(new NotFoundException(), '/v1/nowhere');
      expect(rendered.status).toBe(404);
      expect(bodyOf(rendered).code).toBe('route_not_found');
    });

    it('renders BadRequestException as 400 malformed_body', () => {
      const rendered = renderError(new BadRequestException('Unexpected token'), '/v1/accounts');
      expect(rendered.status).toBe(400);
      expect(bodyOf(rendered).code).toBe('malformed_body');
    });

    it('renders PayloadTooLargeException as 413 payload_too_large', () => {
      const rendered = renderError(new PayloadTooLargeException(), '/v1/accounts');
      expect(rendered.status).toBe(413);
      expect(bodyOf(rendered).code).toBe('payload_too_large');
    });

    it('renders UnsupportedMediaTypeException as 415 unsupported_media_type', () => {
      const rendered = renderError(new UnsupportedMediaTypeException(), '/v1/accounts');
      expect(rendered.status).toBe(415);
      expect(bodyOf(rendered).code).toBe('unsupported_media_type');
    });

    it('renders an HTTP exception of an unmapped status as an internal error', () => {
      const rendered = renderError(new HttpException('I am a teapot', 418), '/v1/tea');
      expect(rendered.status).toBe(500);
      expect(bodyOf(rendered).code).toBe('internal_error');
    });
  });

  describe('a Fastify client error', () => {
    it('renders FST_ERR_CTP_BODY_TOO_LARGE as 413 payload_too_large', () => {
      const rendered = renderError(
        { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: 'Request body is too large' },
        '/v1/accounts',
      );
      expect(rendered.status).toBe(413);
      expect(rendered.headers['content-type']).toBe('application/problem+json');
      expect(bodyOf(rendered).code).toBe('payload_too_large');
    });

    it('renders a 400 body parse error as malformed_body', () => {
      const rendered = renderError(
        { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY', message: 'Body is not valid JSON' },
        '/v1/accounts',
      );
      expect(rendered.status).toBe(400);
      expect(bodyOf(rendered).code).toBe('malformed_body');
    });

    it('renders a 415 as unsupported_media_type', () => {
      const rendered = renderError(
        { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', message: 'Unsupported Media Type' },
        '/v1/accounts',
      );
      expect(bodyOf(rendered).code).toBe('unsupported_media_type');
    });

    it('treats an error object with a 5xx statusCode as unexpected', () => {
      const rendered = renderError({ statusCode: 502, message: 'upstream' }, '/v1/accounts');
      expect(rendered.status).toBe(500);
      expect(bodyOf(rendered).code).toBe('internal_error');
    });
  });

  describe('an unexpected error', () => {
    const secret = 'connection to postgres://admin:hunter2@db failed';

    it('renders as 500 internal_error', () => {
      const rendered = renderError(new Error(secret), '/v1/accounts');
      expect(rendered.status).toBe(500);
      expect(bodyOf(rendered).code).toBe('internal_error');
    });

    it('gives the client an error_id', () => {
      const body = bodyOf(renderError(new Error(secret), '/v1/accounts'));
      expect(body.error_id).toEqual(expect.any(String));
      expect((body.error_id as string).length).toBeGreaterThan(0);
    });

    it('does not reveal the error message to the client', () => {
      const rendered = renderError(new Error(secret), '/v1/accounts');
      expect(rendered.body).not.toContain('hunter2');
      expect(rendered.body).not.toContain('postgres://');
    });

    it('logs the error with the same error_id the client receives', () => {
      const body = bodyOf(renderError(new Error(secret), '/v1/accounts'));
      expect(loggedErrors).toHaveLength(1);
      expect(loggedErrors[0]).toContain(`error_id=${String(body.error_id)}`);
      expect(loggedErrors[0]).toContain(secret);
    });

    it('gives each failure its own error_id', () => {
      const a = bodyOf(renderError(new Error('x'), '/v1/a')).error_id;
      const b = bodyOf(renderError(new Error('x'), '/v1/a')).error_id;
      expect(a).not.toBe(b);
    });

    it('renders a thrown non-Error value as 500', () => {
      expect(renderError('boom', '/v1/accounts').status).toBe(500);
      expect(renderError(undefined, '/v1/accounts').status).toBe(500);
    });
  });

  describe('a RenderedResponseException', () => {
    it('passes its response through unchanged', () => {
      const response: RenderedResponse = {
        status: 201,
        headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' },
        body: '{"id":"acc_1"}',
      };
      expect(renderError(new RenderedResponseException(response), '/v1/accounts')).toBe(response);
    });
  });
});
