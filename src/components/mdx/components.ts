import Term from './Term.astro';
import Claim from './Claim.astro';
import Calculator from './Calculator.astro';
import Practice from './Practice.astro';
import Answer from './Answer.astro';
import Bdi from '../Bdi.astro';

/** What MDX content may use without importing it: lessons and the capstone alike. */
export const mdxComponents = { Term, Claim, Calculator, Practice, Answer, Bdi };
