import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { WellFormedInputPipe } from './well-formed-input.pipe';
import { ProblemDetailsFilter } from './problem-details.filter';
import { strictValidationPipe } from './validation';

export interface HttpAppDescription {
  title: string;
  description: string;
  version?: string;
}

/**
 * What every HTTP service shares: JSON logs, validation, problem details, headers, OpenAPI at
 * /docs. The service's module imports `ObservabilityModule.forService(...)`, and the app is
 * created with `bufferLogs: true` so even boot messages are JSON.
 */
export function configureHttpApp(app: INestApplication, description: HttpAppDescription): void {
  app.useLogger(app.get(Logger));
  app.use(helmet());
  app.useGlobalPipes(new WellFormedInputPipe(), strictValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(description.title)
      .setDescription(description.description)
      .setVersion(description.version ?? '1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .addSecurityRequirements('bearer')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/** Quiet in tests (warnings and errors only); boot and route logs otherwise. */
export function nestLogLevels(env: NodeJS.ProcessEnv = process.env): ('error' | 'warn' | 'log')[] {
  return env.NODE_ENV === 'test' ? ['error', 'warn'] : ['error', 'warn', 'log'];
}
