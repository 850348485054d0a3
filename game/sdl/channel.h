/* channel.h — drawing a conversation the way its channel looks (scr_channel.c) */
#ifndef TS_CHANNEL_H
#define TS_CHANNEL_H

#include "app.h"

/* Draws the events of the play's current thread in a scroll view. */
int channel_draw(App *a, Box view, int scroll_id);

#endif
