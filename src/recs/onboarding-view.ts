import type { TopicNames } from '@/db/settings'
import { onboardingChoices } from '@/ml/recs/onboarding'
import type { LoadedLibrary } from './load-library'
import { topicTitle } from './reader-context'
import type { OnboardingView } from './recs-view'

/** What a new reader may pick from: topics by stable key with the person's names and sample titles, and lengths. Null without a model. */
export function onboardingView(loaded: LoadedLibrary, names: TopicNames): OnboardingView | null {
  const { library, keys } = loaded
  if (!library.model || !keys) return null
  const choices = onboardingChoices(library)
  const titleOf = (id: string): string[] => {
    const row = library.row.get(id)
    return row === undefined ? [] : [library.articles[row]!.title]
  }
  return {
    topics: choices.topics.map((choice) => ({
      key: keys[choice.topic]!,
      title: topicTitle(loaded, names, choice.topic),
      words: choice.words,
      sampleTitles: choice.sampleIds.flatMap(titleOf),
    })),
    lengths: choices.lengths,
  }
}
