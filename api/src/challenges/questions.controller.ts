import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AnswerInput, answerInputSchema } from '@fairpitch/shared/challenges';
import { Auth, SignedInUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { QuestionsService } from './questions.service.js';

@ApiTags('challenges')
@Controller('questions')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  /** Answers a question; the answer is always published to everyone, with the question anonymised. */
  @Post(':id/answer')
  @HttpCode(201)
  @Auth()
  answer(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: answerInputSchema }) body: AnswerInput) {
    return this.questions.answer(user, id, body);
  }
}
