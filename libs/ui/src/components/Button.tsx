import type { MouseEvent, ReactNode } from 'react';
import { classNames } from './classNames';
import { Link } from './UiProvider';

export interface ButtonProps {
  text?: string;
  html?: ReactNode;
  children?: ReactNode;
  /** Renders a link styled as a button (for navigation, not actions). */
  href?: string;
  type?: 'submit' | 'button' | 'reset';
  name?: string;
  value?: string;
  disabled?: boolean;
  isStartButton?: boolean;
  /** Modifiers such as "govuk-button--secondary". */
  classes?: string;
  id?: string;
  onClick?: (event: MouseEvent<HTMLButtonElement | HTMLAnchorElement>) => void;
}

function StartIcon() {
  return (
    <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

export function Button({ text, html, children, href, type = 'submit', name, value, disabled, isStartButton, classes, id, onClick }: ButtonProps) {
  const className = classNames('govuk-button', isStartButton && 'govuk-button--start', classes);
  const content = (
    <>
      {children ?? html ?? text}
      {isStartButton && <StartIcon />}
    </>
  );
  if (href) {
    return (
      // A link styled as a button is still navigation, so it keeps the link role.
      <Link href={href} draggable="false" className={className} id={id} onClick={onClick}>
        {content}
      </Link>
    );
  }
  return (
    <button
      type={type}
      name={name}
      value={value}
      disabled={disabled}
      aria-disabled={disabled || undefined}
      className={className}
      id={id}
      onClick={onClick}
    >
      {content}
    </button>
  );
}
