import { Controller, Get } from '@nestjs/common';
import { ActiveNumber, ActiveNumbers } from './active-numbers';

@Controller('numbers')
export class NumbersController {
  constructor(private readonly numbers: ActiveNumbers) {}

  /** The active numbers the sandbox knows of (from number.activated / number.released), by E.164. */
  @Get()
  list(): { count: number; numbers: ActiveNumber[] } {
    const numbers = this.numbers.list();
    return { count: numbers.length, numbers };
  }
}
