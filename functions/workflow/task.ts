import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { logger, publishMetrics } from '../observability.ts';

/** The middy stack of every workflow task: logger with the application id, metrics. */
export function workflowTask<I extends { applicationId?: string; roundId?: string }, O>(
  task: (input: I) => Promise<O>,
) {
  return middy(async (input: I) => {
    if (input.applicationId) logger.appendKeys({ applicationId: input.applicationId });
    if (input.roundId) logger.appendKeys({ roundId: input.roundId });
    return task(input);
  })
    .use(injectLambdaContext(logger, { clearState: true }))
    .use(publishMetrics());
}

/** The round a task works on; an unknown round is a configuration error the execution must surface. */
export function roundOf(roundId: string) {
  const round = findRound(roundId);
  if (!round) throw new Error(`Unknown round ${roundId}`);
  return round;
}
