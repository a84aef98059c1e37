import React from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export default function MethodBadge({ method }: { method: string }) {
  return (
    <span className={clsx(styles.badge, styles[method.toLowerCase()])} data-literal>
      {method.toUpperCase()}
    </span>
  );
}
