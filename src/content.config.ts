import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { localeCodes, type Locale } from './i18n/locales';

const articleId = z.enum(['000', '001', '002', '003', '004']);
/** One value per language of the locale table, side by side. */
const localized = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(localeCodes.map((code) => [code, schema])) as Record<Locale, T>);

const quizQuestion = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: z.string().min(1),
  choices: z.array(z.string().min(1)).min(2).max(5),
  /** Index into `choices`, counting from 0. */
  answer: z.number().int().min(0),
  explanation: z.string().min(1),
});

/** One MDX file per lesson and language: `content/lessons/<locale>/<slug>.mdx`. */
const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '**/*.mdx' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int().positive(),
    objectives: z.array(z.string().min(1)).min(2).max(4),
    takeaways: z.array(z.string().min(1)).min(2),
    /** Source articles the lesson draws on, by file prefix in content/sources. */
    sources: z.array(articleId).min(1),
    claims: z.array(reference('claims')).default([]),
    terms: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    reviewed: z.coerce.date(),
    quiz: z
      .array(quizQuestion)
      .min(3)
      .max(5)
      .superRefine((questions, ctx) => {
        questions.forEach((q, i) => {
          if (q.answer >= q.choices.length) {
            ctx.addIssue({ code: 'custom', path: [i, 'answer'], message: `answer ${q.answer} has no choice` });
          }
        });
      }),
  }),
});

const glossaryEntry = z.object({
  term: z.string().min(1),
  /** The English acronym, shown beside the term in every language (CLV, ROI). */
  acronym: z.string().optional(),
  aliases: z.array(z.string().min(1)).default([]),
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
    articles: z.array(articleId).min(1),
    figure: localized(z.string().min(1)),
    origin: localized(z.string().min(1)),
    caveat: localized(z.string().min(1)),
  }),
});

export const collections = { lessons, glossary, articles, claims };
