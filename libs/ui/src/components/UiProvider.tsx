import { createContext, useContext, type AnchorHTMLAttributes, type ComponentType, type ReactNode } from 'react';

export type LinkComponentProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * Components in this library render links for the app's router without depending on it: the app
 * passes a component (for example one over react-router's `Link`) and in-app paths go through it.
 */
export interface UiSettings {
  /** Used for in-app paths (those starting with "/"); other links stay plain anchors. */
  linkComponent: ComponentType<LinkComponentProps>;
  /** Ends every page title: "Triage queue – Childfirst". */
  serviceName: string;
}

function PlainLink(props: LinkComponentProps) {
  return <a {...props} />;
}

const UiContext = createContext<UiSettings>({ linkComponent: PlainLink, serviceName: 'Childfirst' });

export function UiProvider({ children, ...settings }: Partial<UiSettings> & { children: ReactNode }) {
  const parent = useContext(UiContext);
  return <UiContext.Provider value={{ ...parent, ...settings }}>{children}</UiContext.Provider>;
}

export function useUiSettings(): UiSettings {
  return useContext(UiContext);
}

/** An anchor that uses the app's router for in-app paths. */
export function Link({ href, ...rest }: LinkComponentProps) {
  const { linkComponent: RouterLink } = useUiSettings();
  if (href.startsWith('/') && !href.startsWith('//')) return <RouterLink href={href} {...rest} />;
  return <a href={href} {...rest} />;
}
