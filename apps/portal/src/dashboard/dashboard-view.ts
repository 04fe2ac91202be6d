import { SourceType } from '@frontdoor/contracts';
import type { MaracSummary, ScreeningDashboard, Share } from '../clients/reports.client';
import { RAG_LABELS, SOURCE_LABELS, formatDate, labelFor } from '../rendering/labels';
import { BarChart } from './bar-chart';

/** One figure on the dashboard: a chart and the same numbers as a table beside it. */
export interface DashboardSection {
  id: string;
  heading: string;
  svg: string;
  table: { caption: string; head: string[]; rows: string[][]; numeric: boolean[] };
}

const RAG_FILLS: Record<string, string> = { red: '#d4351c', amber: '#b45309', green: '#00703c' };
const SHORT_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The dashboard's sections from the two services' answers, in the order leaders read them. */
export function dashboardSections(dashboard: ScreeningDashboard, marac: MaracSummary): DashboardSection[] {
  return [contactsPerDay(dashboard), timeliness(dashboard), openByRag(dashboard), maracCases(marac)];
}

function contactsPerDay(dashboard: ScreeningDashboard): DashboardSection {
  // Only the sources that sent anything, so the table stays narrow enough to read on a phone.
  const sources = Object.values(SourceType).filter((source) =>
    dashboard.contactsPerDay.some((day) => (day.bySource[source] ?? 0) > 0),
  );
  return {
    id: 'contacts-per-day',
    heading: 'Contacts per day',
    svg: new BarChart({
      id: 'contacts-per-day-chart',
      title: 'Contacts per day',
      description: `Contacts received each day from ${formatDate(dashboard.from)} to ${formatDate(dashboard.to)}, ${dashboard.contacts} in all.`,
      bars: dashboard.contactsPerDay.map((day) => ({ label: shortDay(day.day), value: day.total })),
    }).toSvg(),
    table: {
      caption: `Contacts per day by source (${dashboard.contacts} in all)`,
      head: ['Day', ...sources.map((source) => labelFor(SOURCE_LABELS, source)), 'Total'],
      rows: dashboard.contactsPerDay.map((day) => [
        formatDate(day.day),
        ...sources.map((source) => String(day.bySource[source] ?? 0)),
        String(day.total),
      ]),
      numeric: [false, ...sources.map(() => true), true],
    },
  };
}

function timeliness(dashboard: ScreeningDashboard): DashboardSection {
  const measures: [string, Share][] = [
    ['Decided within deadline', dashboard.decidedWithinDeadline],
    ['Contact to referral', dashboard.contactToReferral],
    ['Re-referrals (of referrals)', dashboard.reReferral],
    ['No further action', dashboard.noFurtherAction],
  ];
  return {
    id: 'decisions',
    heading: 'Decisions',
    svg: new BarChart({
      id: 'decisions-chart',
      title: 'Decisions: timeliness and outcomes',
      description: `Shares of the ${dashboard.decided} signed-off decisions on these contacts, out of 100%.`,
      scaleMax: 1,
      bars: measures.map(([label, share]) => ({
        label: shortMeasure(label),
        value: share.rate ?? 0,
        valueText: percent(share),
      })),
    }).toSvg(),
    table: {
      caption: `Signed-off decisions (${dashboard.decided} of ${dashboard.contacts} contacts)`,
      head: ['Measure', 'Number', 'Out of', 'Rate'],
      rows: measures.map(([label, share]) => [label, String(share.count), String(share.of), percent(share)]),
      numeric: [false, true, true, true],
    },
  };
}

function openByRag(dashboard: ScreeningDashboard): DashboardSection {
  const rags = ['red', 'amber', 'green'] as const;
  const total = rags.reduce((sum, rag) => sum + dashboard.openByRag[rag], 0);
  return {
    id: 'open-cases',
    heading: 'Open cases by RAG',
    svg: new BarChart({
      id: 'open-cases-chart',
      title: 'Open cases by RAG rating',
      description: `Cases not yet decided, today, ${total} in all.`,
      bars: rags.map((rag) => ({
        label: labelFor(RAG_LABELS, rag),
        value: dashboard.openByRag[rag],
        fill: RAG_FILLS[rag],
      })),
    }).toSvg(),
    table: {
      caption: `Open cases today (${total})`,
      head: ['RAG', 'Open cases'],
      rows: rags.map((rag) => [labelFor(RAG_LABELS, rag), String(dashboard.openByRag[rag])]),
      numeric: [false, true],
    },
  };
}

function maracCases(marac: MaracSummary): DashboardSection {
  const repeatShare: Share = { count: marac.repeats, of: marac.referred, rate: marac.repeatRate };
  return {
    id: 'marac',
    heading: 'MARAC cases and repeats',
    svg: new BarChart({
      id: 'marac-chart',
      title: 'MARAC cases and repeats',
      description: `Referrals to MARAC from ${formatDate(marac.from)} to ${formatDate(marac.to)}, from every source.`,
      bars: [
        { label: 'Listed', value: marac.referred },
        { label: 'Repeats', value: marac.repeats },
        { label: 'Not eligible', value: marac.notEligible },
      ],
    }).toSvg(),
    table: {
      caption: `MARAC referrals (repeat rate ${percent(repeatShare)})`,
      head: ['Referrals', 'Number'],
      rows: [
        ['Listed for MARAC', String(marac.referred)],
        ['Of which repeats', String(marac.repeats)],
        ['Not eligible', String(marac.notEligible)],
        ...Object.entries(marac.byReferringAgency)
          .sort(([first], [second]) => first.localeCompare(second))
          .map(([agency, count]) => [`Listed, referred by ${agency}`, String(count)]),
      ],
      numeric: [false, true],
    },
  };
}

function percent(share: Share): string {
  return share.rate === null ? 'None decided' : `${Math.round(share.rate * 100)}%`;
}

function shortDay(day: string): string {
  return SHORT_DAY.format(new Date(`${day}T12:00:00Z`));
}

/** Chart labels must fit under a bar; the table keeps the full words. */
function shortMeasure(label: string): string {
  return (
    {
      'Decided within deadline': 'In time',
      'Contact to referral': 'Referred',
      'Re-referrals (of referrals)': 'Re-referred',
      'No further action': 'NFA',
    }[label] ?? label
  );
}
