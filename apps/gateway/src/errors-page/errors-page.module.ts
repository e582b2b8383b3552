import { Module } from '@nestjs/common';
import { ErrorsPageController } from './errors-page.controller';

/** The error catalogue page that problem `type` URIs resolve to. */
@Module({ controllers: [ErrorsPageController] })
export class ErrorsPageModule {}
