import { Logger, LoggerService } from '@nestjs/common';
import type { Logger as Pino } from 'pino';
import { BaseConfig } from '@did/config';
import { createServiceLogger } from '@did/service-kit';

type PinoLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's LoggerService over pino, so every `new Logger('X').log(...)` of the codebase becomes a JSON
 * line with `context: X` (and the trace fields of the work in progress). An object message is merged
 * into the line as fields; a string message is the line's `msg`.
 */
export class PinoNestLogger implements LoggerService {
  constructor(readonly pino: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    // Nest passes (message, stack, context); a stack is the string before the context.
    const { context, rest } = splitContext(params);
    const stack = typeof rest[0] === 'string' ? rest[0] : message instanceof Error ? message.stack : undefined;
    const text = message instanceof Error ? message.message : message;
    this.emit('error', text, context, stack ? { stack } : {});
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: PinoLevel, message: unknown, params: unknown[]): void {
    this.emit(level, message, splitContext(params).context, {});
  }

  private emit(level: PinoLevel, message: unknown, context: string | undefined, extra: Record<string, unknown>): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields = context ? { context, ...extra } : extra;
    if (message !== null && typeof message === 'object' && !(message instanceof Error)) {
      const { msg, ...rest } = message as Record<string, unknown>;
      this.pino[level]({ ...fields, ...rest }, typeof msg === 'string' ? msg : undefined);
    } else this.pino[level](fields, String(message));
  }
}

/** Nest appends the logger's context as the last string parameter. */
function splitContext(params: unknown[]): { context: string | undefined; rest: unknown[] } {
  const last = params[params.length - 1];
  return typeof last === 'string' ? { context: last, rest: params.slice(0, -1) } : { context: undefined, rest: params };
}

/**
 * Makes pino the logger of this process's Nest (every Logger instance, every Nest app created after)
 * for `service`, at the configured level and format. Returns it for the few callers that log directly.
 */
export function installServiceLogger(
  service: string,
  config: Pick<BaseConfig, 'LOG_LEVEL' | 'LOG_FORMAT'>,
): PinoNestLogger {
  const logger = new PinoNestLogger(
    createServiceLogger({ service, level: config.LOG_LEVEL, format: config.LOG_FORMAT }),
  );
  Logger.overrideLogger(logger);
  return logger;
}
