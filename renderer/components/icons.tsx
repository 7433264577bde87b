import type { ReactNode } from 'react';

// A handful of 16px line icons, drawn inline so nothing is fetched (the CSP allows no remote
// images). They are decorative: every control that uses one also carries a text label.

function Icon({ children, className }: { children: ReactNode; className?: string | undefined }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

interface IconProps {
  className?: string;
}

export function FolderOpenIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M2 12.5V4a1 1 0 0 1 1-1h3l1.5 1.5H12a1 1 0 0 1 1 1V7" />
      <path d="M2 12.5 3.7 7.7a1 1 0 0 1 .95-.7h9.1a.7.7 0 0 1 .66.93L13 12.5a1 1 0 0 1-.95.5H2Z" />
    </Icon>
  );
}

export function PlusIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M8 3v10M3 8h10" />
    </Icon>
  );
}

export function SunIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <circle cx="8" cy="8" r="2.8" />
      <path d="M8 1.5v1.3M8 13.2v1.3M1.5 8h1.3M13.2 8h1.3M3.4 3.4l.9.9M11.7 11.7l.9.9M3.4 12.6l.9-.9M11.7 4.3l.9-.9" />
    </Icon>
  );
}

export function MoonIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M13.5 9.6A5.6 5.6 0 0 1 6.4 2.5a5.6 5.6 0 1 0 7.1 7.1Z" />
    </Icon>
  );
}

export function CommandIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M6 6V4.3A1.8 1.8 0 1 0 4.3 6H6Zm0 0h4m-4 0v4m4-4V4.3A1.8 1.8 0 1 1 11.7 6H10Zm0 0v4m0 0h1.7A1.8 1.8 0 1 1 10 11.7V10Zm0 0H6m0 0v1.7A1.8 1.8 0 1 1 4.3 10H6Z" />
    </Icon>
  );
}

export function CloseIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="m4 4 8 8M12 4l-8 8" />
    </Icon>
  );
}

export function SplitRightIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <rect x="2" y="2.5" width="12" height="11" rx="1.2" />
      <path d="M8 2.5v11M10 8h2.5M11.25 6.75v2.5" />
    </Icon>
  );
}

export function DetailsIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M3 4h10M3 8h10M3 12h6" />
    </Icon>
  );
}

export function PencilIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M10.5 2.8 13.2 5.5 6 12.7l-3.2.5.5-3.2 7.2-7.2Z" />
    </Icon>
  );
}

export function AlertIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M8 2 14.5 13.5h-13L8 2Z" />
      <path d="M8 6.5v3M8 11.6v.1" />
    </Icon>
  );
}

export function CopySourceIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.2" />
      <path d="M10.5 5.5V3.7a1.2 1.2 0 0 0-1.2-1.2H3.7a1.2 1.2 0 0 0-1.2 1.2v5.6a1.2 1.2 0 0 0 1.2 1.2h1.8" />
    </Icon>
  );
}

export function DocumentIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M4 1.8h5.2L12.5 5v8.2a1 1 0 0 1-1 1h-7.5a1 1 0 0 1-1-1V2.8a1 1 0 0 1 1-1Z" />
      <path d="M9 1.8V5h3.5M5.5 8.5h5M5.5 11h3.5" />
    </Icon>
  );
}

export function ColumnsIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <rect x="1.8" y="2.5" width="12.4" height="11" rx="1.2" />
      <path d="M6 2.5v11M10 2.5v11" />
    </Icon>
  );
}

export function RetryIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M13 8a5 5 0 1 1-1.5-3.6" />
      <path d="M13 2.5v2.8h-2.8" />
    </Icon>
  );
}

export function ClockIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <circle cx="8" cy="8" r="5.8" />
      <path d="M8 4.8V8l2.2 1.4" />
    </Icon>
  );
}

export function AlignIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <rect x="1.8" y="2.5" width="4.2" height="11" rx="1" />
      <rect x="10" y="2.5" width="4.2" height="11" rx="1" />
      <path d="M6 5.2c2 0 2 2.3 4 2.3M6 10.8c2 0 2-1.3 4-1.3" />
    </Icon>
  );
}

export function SyncScrollIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M4.5 2.5v11M11.5 2.5v11" />
      <path d="M2.8 11.6 4.5 13.5l1.7-1.9M9.8 11.6l1.7 1.9 1.7-1.9" />
      <path d="M4.5 7.5h7" strokeDasharray="1.6 1.4" />
    </Icon>
  );
}

export function DifferencesIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M2.5 3.5h11M2.5 12.5h11" />
      <path d="M2.5 6.5h7M2.5 9.5h5" />
      <path d="M12 6.2v3.6M10.2 8h3.6" />
    </Icon>
  );
}

export function MatrixIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <rect x="2" y="2" width="12" height="12" rx="1.2" />
      <path d="M6 2v12M10 2v12M2 6h12M2 10h12" />
    </Icon>
  );
}

export function ChevronUpIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="m4 10 4-4 4 4" />
    </Icon>
  );
}

export function ChevronDownIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="m4 6 4 4 4-4" />
    </Icon>
  );
}

export function PanelIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <rect x="1.8" y="2.5" width="12.4" height="11" rx="1.2" />
      <path d="M1.8 9.5h12.4" />
    </Icon>
  );
}

export function UndoIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M5.5 4 2.5 7l3 3" />
      <path d="M2.5 7h7a3.5 3.5 0 0 1 0 7H7" />
    </Icon>
  );
}

export function RedoIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="m10.5 4 3 3-3 3" />
      <path d="M13.5 7h-7a3.5 3.5 0 0 0 0 7H9" />
    </Icon>
  );
}

export function TagIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M2.5 2.5h5l6 6-5 5-6-6v-5Z" />
      <circle cx="5.3" cy="5.3" r="0.9" />
    </Icon>
  );
}

export function InspectorIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <rect x="1.8" y="2.5" width="12.4" height="11" rx="1.2" />
      <path d="M10 2.5v11" />
    </Icon>
  );
}
