/**
 * A recipe page's runner. The page ships only this shell; the runner (request building, criteria, the playground's
 * target and key fields) loads when the reader comes near it (it closes the page), so a recipe page weighs no more
 * than an operation page.
 */
import React, { useEffect, useRef, useState } from 'react';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import type { RunnerRecipe } from '../../recipes/runner-data';
import { useNearViewport } from './useNearViewport';
import styles from './styles.module.css';

type RunnerComponent = React.ComponentType<{ recipe: RunnerRecipe }>;

export default function RecipeRunner({ recipe }: { recipe: RunnerRecipe }) {
  const [Runner, setRunner] = useState<RunnerComponent>();
  const section = useRef<HTMLElement>(null);
  const near = useNearViewport(section);
  useEffect(() => {
    if (!near) return;
    let live = true;
    import('./Runner').then((m) => live && setRunner(() => m.default));
    return () => {
      live = false;
    };
  }, [near]);
  return (
    <section ref={section} className={styles.runner} data-testid="recipe-runner" data-pagefind-ignore="all">
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
