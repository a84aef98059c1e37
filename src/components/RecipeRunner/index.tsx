/**
 * A recipe page's runner. The page ships only this shell; the runner (request building, criteria, the playground's
 * target and key fields) loads after the page has hydrated, so a recipe page weighs no more than an operation page.
 */
import React, { useEffect, useState } from 'react';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import type { RunnerRecipe } from '../../recipes/runner-data';
import styles from './styles.module.css';

type RunnerComponent = React.ComponentType<{ recipe: RunnerRecipe }>;

export default function RecipeRunner({ recipe }: { recipe: RunnerRecipe }) {
  const [Runner, setRunner] = useState<RunnerComponent>();
  useEffect(() => {
    let live = true;
    import('./Runner').then((m) => live && setRunner(() => m.default));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className={styles.runner} data-testid="recipe-runner" data-pagefind-ignore="all">
      <Heading as="h2" id="run">
        <Translate id="recipe.runner.title">Run the recipe</Translate>
      </Heading>
      {Runner ? (
        <Runner recipe={recipe} />
      ) : (
        <p className={styles.loading}>
          <Translate id="recipe.runner.loading">Loading the runner…</Translate>
        </p>
      )}
    </section>
  );
}
