import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { localeCodes, type Locale } from './i18n/locales';
import { calculatorIds } from './calculators/catalog';
import { presetProblems } from './calculators/presets';
import { withMarkdown } from './collections/markdown-fields';

const articleId = z.enum(['000', '001', '002', '003', '004']);
/** One value per language of the locale table, side by side. */
const localized = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(localeCodes.map((code) => [code, schema])) as Record<Locale, T>);

const quizChoice = z.object({
  text: z.string().min(1),
  /** Why this choice is right, or the misconception behind it. */
  feedback: z.string().min(1),
});

const quizQuestion = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** `apply`: compute on the case, judge a claim or choose an action; `understand`: explain an idea. */
  level: z.enum(['apply', 'understand']),
  question: z.string().min(1),
  choices: z.array(quizChoice).length(4),
  /** Index into `choices`, counting from 0. */
  answer: z.number().int().min(0).max(3),
});

/** One MDX file per lesson and language: `content/lessons/<locale>/<slug>.mdx`. */
const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '**/*.mdx' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int().positive(),
    /** The one thing the learner can do after the lesson. */
    outcome: z.string().min(1),
    objectives: z.array(z.string().min(1)).min(2).max(4),
    takeaways: z.array(z.string().min(1)).min(2),
    /** Source articles the lesson draws on, by file prefix in content/sources. */
    sources: z.array(articleId).min(1),
    claims: z.array(reference('claims')).default([]),
    terms: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    reviewed: z.coerce.date(),
    quiz: z.array(quizQuestion).min(5),
  }),
});

const glossaryEntry = z.object({
  term: z.string().min(1),
  /** The English acronym, shown beside the term in every language (CLV, ROI). */
  acronym: z.string().optional(),
  aliases: z.array(z.string().min(1)).default([]),
  /** Variants the course never uses for this concept (calques, wrong names): the termbase. */
  avoid: z.array(z.string().min(1)).default([]),
  summary: z.string().min(1),
  definition: z.string().min(1),
  example: z.string().min(1),
});

/** One YAML file per term, all three languages side by side so none falls behind. */
const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
  schema: z.object({
    related: z.array(z.string()).default([]),
    articles: z.array(articleId).default([]),
    claims: z.array(reference('claims')).default([]),
    ...localized(glossaryEntry).shape,
  }),
});

/** The five source articles, with their titles in each language. */
const articles = defineCollection({
  loader: file('./content/sources/articles.yaml'),
  schema: z.object({
    language: z.enum(localeCodes),
    originalTitle: z.string().min(1),
    published: z.string().optional(),
    kind: localized(z.string().min(1)),
    title: localized(z.string().min(1)),
  }),
});

/** Every statistic the articles quote, with its traceable origin and caveat. */
const claims = defineCollection({
  loader: file('./content/sources/claims.yaml'),
  schema: z.object({
    /** The articles that quote it; empty for context the course adds from published research. */
    articles: z.array(articleId),
    context: z.boolean().default(false),
    figure: localized(z.string().min(1)),
    origin: localized(z.string().min(1)),
    caveat: localized(z.string().min(1)),
  }),
});

/**
 * The course's final test, one file per language (`content/final-test/<locale>.yaml`):
 * items like a lesson's quiz, each naming the lesson and the heading that teaches it.
 */
const finalTest = defineCollection({
  loader: glob({ base: './content/final-test', pattern: '*.yaml' }),
  schema: z.object({
    items: z
      .array(
        quizQuestion.extend({
          lesson: z.string().regex(/^[a-z0-9-]+$/),
          /** A heading of that lesson, exactly as written, where a learner who missed the item should look. */
          section: z.string().min(1),
        }),
      )
      .length(20),
  }),
});

/** Course pages beyond the lessons (the capstone): `content/pages/<locale>/<page>.mdx`. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.mdx' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
  }),
});

/** The formulas the course teaches, for the recap: one entry per formula, every language side by side. */
const formulas = defineCollection({
  loader: file('./content/formulas.yaml'),
  schema: z.object({
    lesson: z.string().regex(/^[a-z0-9-]+$/),
    ...localized(z.object({ name: z.string().min(1), formula: z.string().min(1), note: z.string().min(1) })).shape,
  }),
});

/** A class plan: its steps' minutes add up to the minutes it is given. */
const timedPlan = z
  .object({
    minutes: z.number().int().positive(),
    plan: z.array(z.object({ minutes: z.number().int().positive(), activity: z.string().min(1) }).strict()).min(1),
  })
  .refine(({ minutes, plan }) => plan.reduce((sum, step) => sum + step.minutes, 0) === minutes, {
    message: "the plan's minutes must add up to `minutes`",
    path: ['plan'],
  });

/**
 * The trainer's kit, one folder per language (`content/trainers/<locale>/`): the course guide
 * (`course.yaml`), the capstone's marking notes (`capstone.yaml`) and one file per lesson,
 * named by the lesson's slug. The quiz answer keys are not here: the pages read them from the
 * lessons, so they cannot drift. A language without its folder yet simply has no trainer pages.
 */
const trainerCourse = defineCollection({
  loader: glob({ base: './content/trainers', pattern: '*/course.yaml' }),
  schema: z
    .object({
      title: z.string().min(1),
      description: z.string().min(1),
      intro: z.string().min(1),
      prepare: z.array(z.string().min(1)).min(1),
      sessions: z
        .array(
          z
            .object({ title: z.string().min(1), lessons: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1), focus: z.string().min(1) })
            .strict(),
        )
        .min(1),
      tips: z.array(z.string().min(1)).min(1),
    })
    .strict(),
});

const trainerCapstone = defineCollection({
  loader: glob({ base: './content/trainers', pattern: '*/capstone.yaml' }),
  schema: timedPlan.safeExtend({ marking: z.array(z.string().min(1)).min(1) }).strict(),
});

const exercise = z
  .object({
    title: z.string().min(1),
    /** Markdown; the loader keeps it rendered as HTML (collections/markdown-fields.ts). */
    task: z.string().min(1),
    calculator: z.enum(calculatorIds).optional(),
    /** The calculator's query string: only its fields, only values it accepts. */
    query: z.string().min(1).optional(),
    /** Markdown, rendered like `task`. */
    answer: z.string().min(1),
  })
  .strict()
  .superRefine(({ calculator, query }, context) => {
    if (query === undefined) return;
    if (calculator === undefined) context.addIssue({ code: 'custom', message: 'a query needs its calculator', path: ['query'] });
    else for (const message of presetProblems(calculator, query)) context.addIssue({ code: 'custom', message, path: ['query'] });
  });

const trainerLessons = defineCollection({
  loader: withMarkdown(glob({ base: './content/trainers', pattern: ['*/*.yaml', '!*/course.yaml', '!*/capstone.yaml'] }), [
    'exercise.task',
    'exercise.answer',
  ]),
  schema: timedPlan
    .safeExtend({
      prepare: z.array(z.string().min(1)).min(1),
      prompts: z.array(z.string().min(1)).min(3).max(5),
      exercise,
      /** The lesson's worked example as a few short lines for a slide. */
      example: z.array(z.string().min(1)).min(1),
    })
    .strict(),
});

export const collections = {
  lessons,
  glossary,
  articles,
  claims,
  finalTest,
  pages,
  formulas,
  trainerCourse,
  trainerCapstone,
  trainerLessons,
};
