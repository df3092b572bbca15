package io.newsstream.producer;

/** Sentences written for these tests, in the languages the producer meets. */
public final class Texts {
  /** Russian, with only letters windows-1251 and KOI8-R both have. */
  public static final String RUSSIAN =
      "Очередная сессия ассамблеи народа Казахстана прошла в областном центре. "
          + "Депутаты обсудили вопросы межэтнического согласия и утвердили план работы на будущий год. "
          + "Участники отметили, что в регионе проживают представители более ста национальностей.\n"
          + "Председатель поблагодарил собравшихся за активную работу.";

  /** Kazakh, with the letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) no single-byte Cyrillic charset has. */
  public static final String KAZAKH =
      "Қазақстан халқы Ассамблеясының кезекті сессиясы облыс орталығында өтті. "
          + "Жиынға өңір тұрғындары мен этномәдени бірлестіктердің өкілдері қатысты. "
          + "Сессияда қоғамдық келісім мен бірлікті нығайту мәселелері талқыланды.";

  private Texts() {}
}
