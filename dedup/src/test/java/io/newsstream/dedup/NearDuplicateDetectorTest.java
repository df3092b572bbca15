package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {
  private static final String TEXT =
      "Сегодня в Костанае состоялась XXV сессия Ассамблеи народа Казахстана Костанайской области.\n"
          + "Открыл сессию заместитель акима области. Участники приняли резолюцию.";

  private final NearDuplicateDetector detector = NearDuplicateDetector.standard();

  @Test
  void bandKeysAreFixedForAFixedText() {
    // Fixed on purpose: if hashing, normalisation or the standard settings change, every band key
    // in a running index changes with them, and the index must be rebuilt. Change this value only then.
    List<String> keys = detector.bandKeys(detector.sketch(TEXT));

    assertThat(keys).hasSize(detector.bands());
    assertThat(keys.get(7)).isEqualTo("07:a7e74587ab3ebac7");
    assertThat(keys).allMatch(k -> k.matches("\\d{2}:[0-9a-f]{16}"));
    assertThat(keys.get(0)).startsWith("00:");
    assertThat(keys.get(detector.bands() - 1)).startsWith((detector.bands() - 1) + ":");
  }

  @Test
  void anchorsAreTheLeastSampledValuesOfTheLowestQuarterAtMostThirtyTwo() {
    String longText = TEXT + "\n" + String.join(" ", IntStream.range(0, 2_000)
        .mapToObj(i -> "слово" + i).toList());
    for (String text : List.of(TEXT, longText)) {
      Sketch sketch = detector.sketch(text);
      int[] anchors = detector.anchors(sketch);
      int[] sample = sketch.sample();

      assertThat(anchors.length).isLessThanOrEqualTo(NearDuplicateDetector.MAX_ANCHORS);
      assertThat(anchors).isSorted();
      assertThat(Arrays.stream(anchors)).allMatch(a -> a < Integer.MIN_VALUE + (1 << 30));
      assertThat(Arrays.copyOf(sample, anchors.length)).isEqualTo(anchors);
    }
    assertThat(detector.anchors(detector.sketch(longText))).hasSize(NearDuplicateDetector.MAX_ANCHORS);
  }

  @Test
  void aPassageSharedWithinOtherTextSharesItsAnchors() {
    String passage = String.join(" ", IntStream.range(0, 120).mapToObj(i -> "мысль" + i).toList());
    String framed = String.join(" ", IntStream.range(0, 400).mapToObj(i -> "рамка" + i).toList())
        + "\n\n" + passage + "\n\n" + String.join(" ", IntStream.range(0, 400).mapToObj(i -> "хвост" + i).toList());

    int[] own = detector.anchors(detector.sketch(passage));
    assertThat(own).isNotEmpty();
    assertThat(detector.anchors(detector.sketch(framed))).containsAnyOf(own);
  }

  @Test
  void equalRowsInDifferentBandsGiveDifferentKeys() {
    Sketch constant = new Sketch(new int[128], 1);

    assertThat(detector.bandKeys(constant).stream().map(k -> k.substring(3)).distinct()).hasSize(detector.bands());
  }

  @Test
  void identicalTextsAreDuplicatesWithSimilarityOne() {
    String reflowed = "  Сегодня в Костанае\n\nсостоялась XXV сессия Ассамблеи народа Казахстана Костанайской области. "
        + "Открыл сессию заместитель акима области;  участники приняли резолюцию!";

    // The signature is the same; the core may differ, since it depends on where paragraphs break.
    assertThat(detector.sketch(reflowed).minHashes()).isEqualTo(detector.sketch(TEXT).minHashes());
    assertThat(detector.similarityIfDuplicate(detector.sketch(TEXT), detector.sketch(reflowed))).hasValue(1.0);
  }

  @Test
  void disjointTextsAreNotDuplicates() {
    Sketch other = detector.sketch("Атырауда жастар форумы өтті, онда еріктілік мәселелері талқыланды.");

    assertThat(detector.sketch(TEXT).agreement(other)).isLessThan(0.1);
    assertThat(detector.similarityIfDuplicate(detector.sketch(TEXT), other)).isEmpty();
  }

  @Test
  void aTextWithoutWordsIsNobodysDuplicate() {
    Sketch empty = detector.sketch(" — !? ");

    assertThat(empty.shingles()).isZero();
    assertThat(detector.similarityIfDuplicate(empty, detector.sketch(""))).isEmpty();
  }

  @Test
  void textsShorterThanAShingleStillHaveOne() {
    assertThat(detector.sketch("Сессия прошла").shingles()).isEqualTo(1);
    assertThat(detector.similarityIfDuplicate(detector.sketch("Сессия прошла"), detector.sketch("сессия, прошла!"))).hasValue(1.0);
  }

  @Test
  void theSeedChangesEverything() {
    NearDuplicateDetector other = new NearDuplicateDetector(128, 32, 0.55, 42);

    assertThat(other.bandKeys(other.sketch(TEXT))).doesNotContainAnyElementsOf(detector.bandKeys(detector.sketch(TEXT)));
  }

  @Test
  void settingsThatCannotWorkAreRefused() {
    assertThatThrownBy(() -> new NearDuplicateDetector(100, 32, 0.5, 1)).hasMessageContaining("multiple of bands");
    assertThatThrownBy(() -> new NearDuplicateDetector(128, 32, 0, 1)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> new NearDuplicateDetector.Settings(0, 128, 32, 0.5, 1)).hasMessageContaining("one word");
    assertThatThrownBy(() -> NearDuplicateDetector.Settings.standard().withCoreRule(0, 40)).hasMessageContaining("core containment");
    assertThatThrownBy(() -> NearDuplicateDetector.Settings.standard().withCoreRule(0.6, 0)).hasMessageContaining("core overlap");
    assertThatThrownBy(() -> NearDuplicateDetector.Settings.standard().withContainmentRule(0, 30)).hasMessageContaining("containment must");
    assertThatThrownBy(() -> NearDuplicateDetector.Settings.standard().withContainmentRule(0.5, 0)).hasMessageContaining("overlap must");
  }

  // A reprint as sites make them: the agency's story in the middle, each site's own headline and
  // lead in front, its own sign-off, tags and counters after. Jaccard falls well below the threshold.
  private static final String STORY =
      "Депутаты маслихата Северо-Казахстанской области утвердили программу развития сельских библиотек на три года. "
          + "В двенадцати сёлах библиотеки переедут в отремонтированные здания школ и домов культуры.\n"
          + "На программу выделено 640 миллионов тенге из областного бюджета. Каждая библиотека получит компьютеры, "
          + "доступ к электронным каталогам и новые книги на казахском и русском языках.\n"
          + "Руководитель управления культуры Айгерим Садыкова рассказала, что в прошлом году сельские библиотеки "
          + "посетили более сорока тысяч читателей, а кружки для детей работали в каждом втором селе.\n"
          + "Отдельная часть программы касается библиотекарей: для них организуют курсы повышения квалификации "
          + "в Петропавловске и поднимут надбавки тем, кто работает в отдалённых сёлах.\n";

  @Test
  void aReprintWithAnotherHeadlineLeadAndClutterIsACopyByContainment() {
    String agency = "Программа для сельских библиотек\n"
        + "Петропавловск. Корреспондент агентства сообщает о решении сессии маслихата и планах на три года вперёд.\n"
        + STORY + "Источник: агентство «Солтүстік».";
    String site = "Сельские библиотеки обновят: что решили депутаты\n"
        + "Наши читатели давно спрашивали, когда в сёлах появятся нормальные библиотеки, и вот ответ пришёл с сессии.\n"
        + STORY
        + "Напомним, в прошлом месяце в области закрыли три библиотеки из-за аварийного состояния зданий и нехватки кадров.\n"
        + "Теги: библиотеки, маслихат, село\nКомментарии: 3";

    Sketch a = detector.sketch(agency);
    Sketch b = detector.sketch(site);

    assertThat(a.agreement(b)).isLessThan(detector.threshold());
    assertThat(detector.matchIfDuplicate(a, b)).hasValueSatisfying(m -> {
      assertThat(m.measure()).isEqualTo(NearDuplicateDetector.Measure.CONTAINMENT);
      assertThat(m.similarity()).isGreaterThanOrEqualTo(detector.settings().containment());
    });
    assertThat(detector.similarityIfDuplicate(a, b)).isPresent();
  }

  @Test
  void differentStoriesSharingABackgroundParagraphStayApart() {
    String background = "Напомним, ассамблея народа Казахстана создана 1 марта 1995 года. Она объединяет представителей "
        + "более ста этносов, живущих в стране, работает во всех областях и при каждом акимате имеет свой секретариат.";
    String library = "Новости области\n" + STORY + background;
    String festival = "Фестиваль национальных культур прошёл в Петропавловске\n"
        + "В субботу на центральной площади Петропавловска прошёл фестиваль национальных культур, в нём участвовали двадцать этнокультурных центров.\n"
        + "Гостей угощали блюдами разных народов, на сцене выступали детские ансамбли, а мастера показывали ремёсла.\n"
        + "Лучшей подворьем жюри признало украинский центр, второе место занял немецкий культурный центр.\n"
        + background;

    assertThat(detector.matchIfDuplicate(detector.sketch(library), detector.sketch(festival))).isEmpty();
  }

  @Test
  void oneDecreeWordingAboutTwoPeopleIsTwoStoriesAndAReprintOfOneIsACopy() {
    String decree = "Согласно указу, утверждённому сегодня, постановлено:\n"
        + "1. Освободить от должности руководителя областного управления культуры и развития языков в связи с переходом на другую работу.\n"
        + "2. Временно возложить исполнение обязанностей руководителя управления на %s.\n"
        + "3. Работникам управления продолжать исполнение своих обязанностей до назначения нового руководителя в установленном порядке.\n"
        + "4. Настоящее распоряжение вводится в действие со дня его подписания и подлежит официальному опубликованию.\n";
    String spring = "Смена в управлении культуры\n" + decree.formatted("Петренко Ивана Сергеевича");
    String autumn = "Управление культуры снова без руководителя\n" + decree.formatted("Карпенко Олега Викторовича");
    String reprint = "Кадровые перемены в области\nОб этом сообщила пресс-служба акимата.\n"
        + decree.formatted("Петренко Ивана Сергеевича") + "Читайте также: новости региона";

    Sketch first = detector.sketch(spring);
    assertThat(detector.matchIfDuplicate(first, detector.sketch(reprint))).isPresent();
    // Without the names, the second is the first's copy: the same wording, one name apart.
    assertThat(detector.matchIfDuplicate(first, detector.sketch(autumn.replace("Карпенко Олега Викторовича", "Петренко Ивана Сергеевича"))))
        .isPresent();
    assertThat(detector.matchIfDuplicate(first, detector.sketch(autumn))).isEmpty();
  }

  @Test
  void aSketchWithoutCoreIsJudgedOnJaccardAlone() {
    String agency = "Программа для сельских библиотек\nПетропавловск. Корреспондент агентства сообщает о решении сессии маслихата.\n" + STORY;
    Sketch a = detector.sketch(agency);
    Sketch b = detector.sketch("Что решили депутаты\nНаши читатели давно ждали этого решения сессии маслихата по библиотекам.\n" + STORY + "Теги: библиотеки");
    Sketch old = new Sketch(a.minHashes(), a.shingles());

    assertThat(detector.matchIfDuplicate(a, b)).isPresent();
    assertThat(detector.matchIfDuplicate(old, b).map(NearDuplicateDetector.Match::measure)).isNotEqualTo(java.util.Optional.of(NearDuplicateDetector.Measure.CONTAINMENT));
  }

  @Test
  void aPassageInVeryManyArticlesIsNoSignOfACopy() {
    // Two different stories around one long stock passage: a copy by containment, unless the
    // passage is known to be in many other articles.
    String library = "Новости области\nВ Петропавловске открыли новую библиотеку для школьников и студентов колледжей.\n"
        + "В ней три читальных зала, зал для занятий с компьютерами и отдельная комната для малышей с мягкими креслами.\n"
        + "Фонд библиотеки собрали горожане и два издательства, которые передали больше пяти тысяч книг.\n" + STORY
        + "Библиотека будет работать без выходных, а запись в неё бесплатная для всех жителей города.";
    String festival = "Фестиваль в Петропавловске\nНа площади прошёл фестиваль национальных культур с участием двадцати центров.\n"
        + "Гостей угощали блюдами разных народов, на сцене пели детские ансамбли, мастера показывали старинные ремёсла.\n"
        + "Вечером на набережной зажгли фонари, и гости до ночи танцевали под оркестр областной филармонии.\n" + STORY
        + "Жюри признало лучшим подворье украинского культурного центра, второе место занял немецкий центр.";
    Sketch a = detector.sketch(library);
    Sketch b = detector.sketch(festival);
    ShingleFrequencies frequencies = new ShingleFrequencies();
    for (int i = 0; i < ShingleFrequencies.DEFAULT_COMMON_AT; i++) {
      frequencies.add(detector.sketch("Другая новость номер " + i + " о событиях в регионе за неделю.\n" + STORY));
    }

    assertThat(detector.matchIfDuplicate(a, b)).isPresent();
    assertThat(detector.matchIfDuplicate(a, b, frequencies.common())).isEmpty();
  }
}
