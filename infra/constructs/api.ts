import { Duration, NestedStack, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { AuthKind } from '../../functions/declare.ts';
import { functionsOf, type RegisteredFunction } from '../../functions/registry.ts';
import type { AccessTargets } from '../access.ts';
import { acknowledge } from '../nag.ts';
import type { PortalFunction } from './portal-function.ts';
import { registryFunction } from './registry-function.ts';

type Route = RegisteredFunction<'http'>;

/** Requests per second and burst. */
export interface Throttle {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/** API Gateway's route key of a route: `POST /applications`. */
export const routeKey = (route: Route): string => `${route.method} ${route.path}`;

/** The capability a function belongs to: its folder, `functions/<capability>/…`. */
export function capabilityOf(fn: Pick<RegisteredFunction, 'id' | 'entry'>): string {
  const capability = /^functions\/([a-z0-9-]+)\//.exec(fn.entry)?.[1];
  if (!capability) throw new Error(`${fn.id}: its entry ${fn.entry} is not in functions/<capability>/`);
  return capability;
}

const pascal = (name: string): string =>
  name.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());

/**
 * Route-level throttling by auth kind (ADR 088): every public route its own allowance, so
 * hammering the rounds or the sign-in starves nobody signed in; signed-in routes share the
 * stage's default. Derived from the registry: a new public route is throttled as one.
 */
export function routeThrottles(routes: readonly Route[], publicRoute: Throttle): Record<string, Throttle> {
  return Object.fromEntries(
    routes.filter((route) => route.auth === 'public').map((route) => [routeKey(route), publicRoute]),
  );
}

/**
 * Why a route has no API Gateway authorizer, by its auth kind (functions/declare.ts): the
 * HTTP wrapper checks the caller before the route runs, from the same declaration.
 */
const NO_AUTHORIZER_BECAUSE: Record<AuthKind, (route: Route) => string> = {
  public: (route) =>
    `${route.method} ${route.path} is public on purpose (auth 'public' in its declaration): anyone may read ` +
    'the rounds, the announced awards and the API description, ask for a magic link or exchange one for a ' +
    'session; abuse is bounded by stage throttling and the per-address rate limit in the table (ADR 011).',
  applicant: (route) =>
    `${route.method} ${route.path} has no API Gateway authorizer by design (auth 'applicant'): the HTTP ` +
    'wrapper verifies the signed session token (HS256, key in Secrets Manager, ADR 122) for the application in ' +
    'the path before the route runs, and answers 401/403 without one (ADR 011).',
  reviewer: (route) =>
    `${route.method} ${route.path} has no API Gateway authorizer by design (auth 'reviewer'): the HTTP ` +
    "wrapper verifies the member's signed review link and its record in the table (issued, not revoked) " +
    'before the route runs, and answers 401/403 without one (ADR 042).',
  staff: (route) =>
    `${route.method} ${route.path} has no API Gateway authorizer by design (auth 'staff'): the HTTP ` +
    "wrapper verifies the secretariat staff member's signed session token, its record in the table (not " +
    'signed out, not idle) and the address on the configured staff list before the route runs, and ' +
    'answers 401 without one (ADR 093).',
};

export interface ApiProps {
  /** The web frontend's origin, the only one CORS allows. */
  readonly webOrigin: string;
  /** The stage's default throttling: the signed-in routes' (applicant, reviewer). */
  readonly throttle: Throttle;
  /** Each public route's own throttling (ADR 088). */
  readonly publicRouteThrottle: Throttle;
  /** What the route functions may touch, each only through its access list. */
  readonly targets: AccessTargets;
  /** Environment every route function gets. */
  readonly environment: Record<string, string>;
}

/**
 * The HTTP API: one route → one PortalFunction, straight from the registry's HTTP
 * declarations, each function granted exactly what its access list and auth kind say
 * (infra/access.ts).
 *
 * Authorisation is not API Gateway's: requests carry a signed token (session, review link)
 * that the HTTP wrapper verifies as the declaration's auth kind says, and some routes are
 * public by design. See ADR 011 and ADR 070.
 */
export class Api extends Construct {
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  /** Route id → its function. */
  readonly functions: Record<string, PortalFunction> = {};
  /** The nested stack of each capability's routes, by capability (ADR 107). */
  readonly routeStacks: Record<string, NestedStack> = {};

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      apiName: Stack.of(this).stackName,
      description: 'Inkluderende kulturskoler application portal',
      corsPreflight: {
        allowOrigins: [props.webOrigin],
        // The methods the registry's routes use.
        allowMethods: [...new Set(functionsOf('http').map((route) => route.method))].map(
          (method) => apigwv2.CorsHttpMethod[method],
        ),
        allowHeaders: ['content-type', 'authorization', 'accept-language'],
        // A 429's wait (ADR 085): the page tells the applicant how long.
        exposeHeaders: ['retry-after'],
        allowCredentials: false,
        maxAge: Duration.hours(1),
      },
      // The default stage is created below, with throttling and access logging.
      createDefaultStage: false,
    });

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        // No source IP or user agent: not needed to run the portal, and personal data.
        format: apigateway.AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLatency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            error: '$context.error.message',
          }),
        ),
      },
    });

    // The routes of each capability (their integrations and invoke permissions) are a nested
    // stack of their own: CloudFormation's 500 resources per template (ADR 107).
    const routeStacks: Record<string, NestedStack> = {};
    for (const route of functionsOf('http')) {
      const fn = registryFunction(this, route, props);
      this.functions[route.id] = fn;
      const capability = capabilityOf(route);
      const routeStack = (routeStacks[capability] ??= new NestedStack(this, `${pascal(capability)}Routes`, {
        description: `The HTTP routes of ${capability}`,
      }));
      this.routeStacks[capability] = routeStack;
      const httpRoute = new apigwv2.HttpRoute(routeStack, `${route.id}Route`, {
        httpApi: this.httpApi,
        routeKey: apigwv2.HttpRouteKey.with(route.path, apigwv2.HttpMethod[route.method]),
        integration: new HttpLambdaIntegration(`${route.id}Integration`, fn),
      });
      acknowledge(httpRoute, 'AwsSolutions-APIG4', NO_AUTHORIZER_BECAUSE[route.auth](route));
      // Route settings name routes that must exist first.
      this.stage.node.addDependency(httpRoute);
    }
    // A JSON property: CloudFormation's own (PascalCase) names.
    const cfnStage = this.stage.node.defaultChild as apigwv2.CfnStage;
    cfnStage.routeSettings = Object.fromEntries(
      Object.entries(routeThrottles(functionsOf('http'), props.publicRouteThrottle)).map(([key, limit]) => [
        key,
        { ThrottlingRateLimit: limit.rateLimit, ThrottlingBurstLimit: limit.burstLimit },
      ]),
    );
  }

  /** The API's URL (default stage). */
  get url(): string {
    return this.stage.url;
  }
}
